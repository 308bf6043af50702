/* race-free: each thread gets its own malloc'ed arg pointing at one shared struct whose mutex guards total */
#include <pthread.h>
#include <stdlib.h>
struct shared { pthread_mutex_t m; int total; } sh = { PTHREAD_MUTEX_INITIALIZER, 0 };
struct arg { struct shared *s; int id; };
void *w(void *p){ struct arg *a = p; pthread_mutex_lock(&a->s->m); a->s->total += a->id; pthread_mutex_unlock(&a->s->m); free(a); return 0; }
int main(void){ pthread_t t[3];
  for (int i = 0; i < 3; i++) { struct arg *a = malloc(sizeof *a); a->s = &sh; a->id = i; pthread_create(&t[i], 0, w, a); }
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return sh.total; }
