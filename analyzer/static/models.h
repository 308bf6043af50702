/* API models: what C library and thread API calls mean to the race analysis, by function name. */
#ifndef WEFT_STATIC_MODELS_H
#define WEFT_STATIC_MODELS_H

/*
 * Every predicate takes a function's name (never NULL) and needs no libclang, so the
 * per-file extraction and the whole-program pass can share one set of rules.
 */

/* What a call does to the lock its first argument names. */
enum weft__lock_kind {
    WEFT__LOCK_NONE = 0,
    WEFT__LOCK_WRITE, /* takes it exclusively (mutexes, spin locks, write locks; try and timed forms too) */
    WEFT__LOCK_READ,  /* takes it shared (read locks) */
    WEFT__LOCK_UNLOCK
};
enum weft__lock_kind weft__model_lock_kind(const char *name);

/* Writes through its first argument (memset, memcpy's destination, free, ...). */
int weft__model_writes_arg0(const char *name);
/* Reads through its second argument (memcpy's source, strcpy's, ...). */
int weft__model_reads_arg1(const char *name);
/* Copies memory that may hold pointers from its second argument to its first (memcpy, memmove). */
int weft__model_copies(const char *name);
/* Touches no memory the program sees: initializes, destroys or waits on sync objects. */
int weft__model_no_access(const char *name);
/* A builtin whose operands are never evaluated (__builtin_constant_p(g++), __builtin_object_size,
 * __builtin_assume: clang drops its side effects). */
int weft__model_unevaluated(const char *name);
/* A POSIX or C11 thread API: it synchronizes on the objects it is given. */
int weft__model_sync_api(const char *name);
/* Never keeps a pointer it is given (it does not hand it on, store it or return it). */
int weft__model_keeps_nothing(const char *name);
/*
 * A C library function keeping hidden static state (not required to be thread-safe): the
 * name of that state (functions sharing it share the name), else NULL. *reads is set when
 * the call only reads it (getenv).
 */
const char *weft__model_unsafe_libc(const char *name, int *reads);
/* stdio's *_unlocked functions: 1 with *stream the stream argument's position (-2 stdout,
 * -3 stdin implied). */
int weft__model_unlocked_stdio(const char *name, int *stream);
/* mbrlen & co.: the position of the state argument whose null keeps a hidden one; else -1. */
int weft__model_null_state_arg(const char *name);
/* A function with no body known to write through its void * parameter (read, qsort...). */
int weft__model_writes_void(const char *name);
/* Scatter/gather I/O: reads (1: writev, sendmsg) or writes (2: readv, recvmsg) the buffers
 * the iovecs its second argument points at point at; else 0. */
int weft__model_iovec(const char *name);
/* A library allocator returning fresh memory (malloc, calloc, realloc, strdup, alloca). */
int weft__model_allocates(const char *name);
/* An atomic builtin (__atomic_*, __sync_*, __c11_atomic_*) or stdatomic.h function (atomic_*). */
int weft__model_atomic(const char *name);

/* Thread creation: the arity and the positions of the handle (0), start function and its argument. */
struct weft__create_model {
    int nargs, fn, arg;
};
/* 1 with *m filled for pthread_create and thrd_create, else 0. */
int weft__model_thread_create(const char *name, struct weft__create_model *m);
/* Waits for the thread whose handle is its first argument (pthread_join, thrd_join). */
int weft__model_thread_join(const char *name);
/* The calling thread's own id (pthread_self). */
int weft__model_thread_self(const char *name);
/* The type of a thread's id as a type's spelling (pthread_t). */
int weft__model_thread_id_type(const char *type_name);
/* A type whose objects the thread API updates itself, atomically (pthread_mutex_t, sem_t,
 * pthread_attr_t ...): handing one to the API is no access of the program's. */
int weft__model_sync_object_type(const char *type_name);

enum weft__barrier_kind { WEFT__BARRIER_NONE = 0, WEFT__BARRIER_INIT, WEFT__BARRIER_WAIT };
/* pthread_barrier_init (barrier, attributes, count) or pthread_barrier_wait (barrier). */
enum weft__barrier_kind weft__model_barrier(const char *name);

/*
 * Synchronization the whole-program pass does not model (it may order accesses in ways the
 * analysis cannot see): a short description ("a semaphore", "a condition variable", "a
 * memory fence", "signals or system calls"), else NULL.
 */
const char *weft__model_unmodeled_sync(const char *name);

/* A library function that calls the functions it is given only before it returns, in the
 * calling thread (qsort, bsearch, tsearch, ftw, pthread_once...). Functions handed to any
 * other function the program does not define may run in other threads. */
/* A sprintf-family function writing its arguments' values into a buffer (sprintf,
 * snprintf, vsprintf, asprintf...): the index of the first formatted argument (2, or 3 for
 * snprintf), else 0. A pointer formatted there (%p) may be read back by any thread. */
/* Whether library function name keeps argument i (a pointer) where others reach it later
 * (tsearch's key, insque's element, setvbuf's buffer): what it points at is published. */
int weft__model_keeps_pointer(const char *name, int i);
/* Of an atomic call that stores a value (__sync_lock_test_and_set(p, v), a compare-and-swap's
 * new value, any atomic_store/exchange spelled as a call): that argument's index, else -1. */
int weft__model_atomic_value_arg(const char *name);
int weft__model_formats_into_buffer(const char *name);
/* A library function that calls the functions handed to it (or held by the struct it is
 * handed) only from the calling thread, before it returns: qsort, pthread_once, zlib's
 * deflate and inflate. */
int weft__model_calls_back_in_caller(const char *name);
/* When the functions handed to it run: WEFT__RUNS_AT_EXIT at the thread's or the program's
 * exit (atexit, pthread_key_create's destructor), WEFT__RUNS_ANY_TIME whenever a signal
 * comes (signal, sigaction), else 0 (during the call, or as the library says). */
enum { WEFT__RUNS_AT_EXIT = 1, WEFT__RUNS_ANY_TIME = 2 };
int weft__model_runs_later(const char *name);

/* Event libraries, whose callbacks run in the thread that runs the loop. */
enum weft__event_family {
    WEFT__EVENT_NONE = 0,
    WEFT__EVENT_LIBEVENT, /* event_set, event_new, bufferevent_setcb ... run by event_base_loop */
    WEFT__EVENT_LIBUV     /* uv_timer_start, uv_read_start ... run by uv_run */
};
/* A function of an event library's API whose callbacks are not run by the call but later, by
 * whichever thread runs a loop of that library: its family. uv_queue_work (a thread pool),
 * uv_thread_create, uv_once and uv_walk (which call back at once) are not among them. */
int weft__model_event_api(const char *name);
/* A registration whose callbacks the library calls only from its loop (event_set,
 * event_new, bufferevent_setcb, uv_timer_start ...): 1. Others of the family may call back
 * at once (event_base_foreach_event, bufferevent_trigger, uv_replace_allocator ...). */
int weft__model_event_registers(const char *name);
/* A call of an event library that runs none of the program's functions (event_add,
 * event_base_set, uv_timer_init, uv_timer_stop ...): 1. */
int weft__model_event_quiet(const char *name);
/* A call that runs an event loop (event_base_loop, event_base_dispatch, uv_run): its family. */
int weft__model_event_loop(const char *name);
/* Which argument names the event base a registration or a loop call is about: its index;
 * WEFT__EVENT_BASE_OF_EV, the base event_base_set(base, ev) gives its argument 0; -1 none
 * named (the default base, or one the model does not follow). */
#define WEFT__EVENT_BASE_OF_EV (-2)
int weft__model_event_base_arg(const char *name);

/* setjmp and its variants: the first return is 0, later ones come from a longjmp. */
int weft__model_setjmp(const char *name);
/* A longjmp (longjmp, _longjmp, siglongjmp, __longjmp_chk): its second argument is what setjmp
 * returns again; it does not return. */
int weft__model_longjmp(const char *name);

/*
 * What a call does to the sync object (mutex, rwlock, spin lock, condition variable, barrier,
 * semaphore; POSIX and C11) its first argument points at: initializes or destroys it, a plain
 * write of the object (racing with any use not ordered with it), or uses it (locks, unlocks,
 * waits, signals, posts), an atomic access of it (never racing with another use).
 */
enum weft__sync_object { WEFT__SYNC_OBJ_NONE = 0, WEFT__SYNC_OBJ_LIFE, WEFT__SYNC_OBJ_USE };
enum weft__sync_object weft__model_sync_object(const char *name);

/* Runs its callback once whichever thread calls it, under the once object (pthread_once, call_once). */
int weft__model_once(const char *name);

/* A built-in lock wrapper (SV-COMP's __VERIFIER_atomic_begin and _end): the acquiring
 * function's name, with *acquire set, else NULL. Configured wrappers (--lock-fn) come first. */
const char *weft__model_builtin_lock(const char *name, int *acquire);
/* A function whose whole body runs atomically (SV-COMP's __VERIFIER_atomic_ functions). */
int weft__model_atomic_section(const char *name);

/* A library function that does not return (exit, abort, pthread_exit, __assert_fail, ...). */
int weft__model_noreturn(const char *name);
/* Returns 0 on every run that does not fail (pthread_mutex_lock, pthread_create, sem_post). */
int weft__model_zero_on_success(const char *name);
/* Either answer is a normal run (a trylock, a timed wait, pthread_equal, pthread_getspecific). */
int weft__model_either_outcome(const char *name);

#endif
