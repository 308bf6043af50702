/* TRUTH: racy — RESET(x) is atomic_init(&(x), 0), a plain (non-atomic) store; main's RESET(c) (line 7) races with the worker's atomic_fetch_add (line 6). */
#include <pthread.h>
#include <stdatomic.h>
#define RESET(x) atomic_init(&(x), 0)
static atomic_int c;
static void *w(void *a) { (void)a; atomic_fetch_add(&c, 1); return 0; } // @A
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); RESET(c); pthread_join(t, 0); return 0; } // @B
