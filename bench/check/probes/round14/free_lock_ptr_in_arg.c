/* race-free: each thread gets its own malloc'ed arg, but arg->m points to the one global mutex guarding counter */
#include <pthread.h>
#include <stdlib.h>
struct arg { pthread_mutex_t *m; int id; };
pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
int counter;
void *w(void *p){ struct arg *a = p; pthread_mutex_lock(a->m); counter += a->id; pthread_mutex_unlock(a->m); free(a); return 0; }
int main(void){ pthread_t t[3];
  for (int i = 0; i < 3; i++) { struct arg *a = malloc(sizeof *a); a->m = &gm; a->id = i; pthread_create(&t[i], 0, w, a); }
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return counter; }
