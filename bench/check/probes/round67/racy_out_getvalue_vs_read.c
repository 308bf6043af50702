/* TRUTH: racy — thread writes v via sem_getvalue while main reads v without sync */
#include <pthread.h>
#include <semaphore.h>
sem_t s; int v;
void *f(void *a){ sem_getvalue(&s, &v); return 0; }
int main(void){ pthread_t a; sem_init(&s,0,0); pthread_create(&a,0,f,0); int r = v; pthread_join(a,0); return r; }
