// Package sync offers basic synchronization between goroutines: Mutex and
// RWMutex for mutual exclusion, WaitGroup to wait for a group of
// goroutines to finish, Once to run an action exactly once, and Locker,
// the interface both mutexes satisfy.
//
// This file only declares the API, with the signatures of Go 1.19, so that
// the type checker can read it. The bodies are supplied by later stages:
// the C runtime implements them on the fields below. Values of these
// types must not be copied after first use.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
type Mutex struct {
	state int32  // locked bit, woken bit, starving bit, waiter count
	sema  uint32 // semaphore the waiters sleep on
}

// Lock locks m. If the lock is already in use, the calling goroutine
// blocks until the mutex is available.
func (m *Mutex) Lock()

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool

// Unlock unlocks m. It is a run-time error if m is not locked on entry.
func (m *Mutex) Unlock()

// An RWMutex is a reader/writer mutual exclusion lock. The lock can be held
// by an arbitrary number of readers or a single writer. The zero value is
// an unlocked mutex.
type RWMutex struct {
	w           Mutex  // held if there are pending writers
	writerSem   uint32 // semaphore for writers to wait for completing readers
	readerSem   uint32 // semaphore for readers to wait for completing writers
	readerCount int32  // number of pending readers
	readerWait  int32  // number of departing readers
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock()

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock()

// Lock locks rw for writing. If the lock is already locked for reading or
// writing, Lock blocks until the lock is available.
func (rw *RWMutex) Lock()

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock()

// A WaitGroup waits for a collection of goroutines to finish. The main
// goroutine calls Add to set the number of goroutines to wait for; each
// goroutine calls Done when finished; Wait blocks until all have.
type WaitGroup struct {
	state1 uint64 // high 32 bits are the counter, low 32 bits the waiter count
	state2 uint32 // semaphore the waiters sleep on
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the
// counter becomes zero, all goroutines blocked on Wait are released. If it
// goes negative, Add panics.
func (wg *WaitGroup) Add(delta int)

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done()

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait()

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32 // set to 1 once the action has run; first for the fast path
	m    Mutex  // held while the action runs
}

// Do calls the function f if and only if Do is being called for the first
// time for this instance of Once. No call to Do returns until the one call
// to f has returned.
func (o *Once) Do(f func())
