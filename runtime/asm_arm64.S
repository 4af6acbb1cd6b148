/* asm_arm64.S — calling a Go closure from C.
 *
 * A func value is a pointer to a closure whose first word is the code;
 * Go code calls it with the closure in x15 (codegen/arm64/abi.c).  C cannot
 * set x15, so the runtime calls closures through this: rt_callclosure(c)
 * runs c() and returns.
 */
	.text
	.global rt_callclosure
	.type rt_callclosure, %function
	.balign 4
rt_callclosure:
	stp x29, x30, [sp, #-16]!
	mov x29, sp
	mov x15, x0
	ldr x16, [x15]
	blr x16
	ldp x29, x30, [sp], #16
	ret
	.size rt_callclosure, .-rt_callclosure

/* rt_callclosure2(c, a, b): c(a, b), its one-word result back (sort.Slice's less) */
	.global rt_callclosure2
	.type rt_callclosure2, %function
	.balign 4
rt_callclosure2:
	stp x29, x30, [sp, #-16]!
	mov x29, sp
	mov x15, x0
	mov x0, x1
	mov x1, x2
	ldr x16, [x15]
	blr x16
	ldp x29, x30, [sp], #16
	ret
	.size rt_callclosure2, .-rt_callclosure2
	.section .note.GNU-stack,"",%progbits
