/* TRUTH: racy — tp is thread-local but every thread's copy is initialized to &shared; both instances write *tp = shared (line 5). */
#include <pthread.h>
int shared;
__thread int *tp = &shared;
void *w(void *a) { *tp = (int)(long)a; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, (void *)1); pthread_create(&q, 0, w, (void *)2); pthread_join(p, 0); pthread_join(q, 0); return shared; }
