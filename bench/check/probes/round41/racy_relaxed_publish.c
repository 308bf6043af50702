/* TRUTH: racy — flag store/load are relaxed, so they create no happens-before; producer's write data=42 (line 5) and consumer's read of data (line 6) race. */
#include <pthread.h>
#include <stdatomic.h>
int data; atomic_int flag; int got;
void *prod(void *a) { data = 42; atomic_store_explicit(&flag, 1, memory_order_relaxed); return 0; }
void *cons(void *a) { while (!atomic_load_explicit(&flag, memory_order_relaxed)) ; got = data; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, prod, 0); pthread_create(&b, 0, cons, 0); pthread_join(a, 0); pthread_join(b, 0); return got; }
