/* TRUTH: racy — runner calls the function handed as its argument; both instances run bump, whose `n++` (line 4) races. */
#include <pthread.h>
int n;
static void bump(void) { n++; }
void *runner(void *a) { void (*f)(void) = (void (*)(void))a; f(); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, runner, (void *)bump); pthread_create(&q, 0, runner, (void *)bump); pthread_join(p, 0); pthread_join(q, 0); return n; }
