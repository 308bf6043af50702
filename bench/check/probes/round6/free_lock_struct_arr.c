/* TRUTH: race-free. Both table slots point to the same mutex m; thread i locks tab[i].m. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
struct slot { pthread_mutex_t *m; int id; } tab[2] = { { &m, 0 }, { &m, 1 } };
int g;
void *w(void *a) { struct slot *s = &tab[(long)a]; pthread_mutex_lock(s->m); g += s->id; pthread_mutex_unlock(s->m); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, (void *)0); pthread_create(&b, 0, w, (void *)1); pthread_join(a, 0); pthread_join(b, 0); return g; }
