/* asm_amd64.S — calling a Go closure from C.
 *
 * A func value is a pointer to a closure whose first word is the code;
 * Go code calls it with the closure in r11 (codegen/amd64/abi.c).  C cannot
 * set r11, so the runtime calls closures through this: rt_callclosure(c)
 * runs c() and returns.
 */
	.intel_syntax noprefix
	.text
	.globl rt_callclosure
	.type rt_callclosure, @function
rt_callclosure:
	push rbp
	mov rbp, rsp
	mov r11, rdi
	call [r11]
	pop rbp
	ret
	.size rt_callclosure, .-rt_callclosure

/* rt_callclosure2(c, a, b): c(a, b), its one-word result back (sort.Slice's less) */
	.globl rt_callclosure2
	.type rt_callclosure2, @function
rt_callclosure2:
	push rbp
	mov rbp, rsp
	mov r11, rdi
	mov rdi, rsi
	mov rsi, rdx
	call [r11]
	pop rbp
	ret
	.size rt_callclosure2, .-rt_callclosure2
	.section .note.GNU-stack,"",@progbits
