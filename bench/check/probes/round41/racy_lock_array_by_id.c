/* TRUTH: racy — thread with id 0 locks locks[0], id 1 locks locks[1]; both do `shared += id` (line 7) on one global, so the locks differ and the writes race. */
#include <pthread.h>
pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
int shared;
void *w(void *a) {
  long id = (long)a; pthread_mutex_lock(&locks[id]);
  shared += (int)id + 1;
  pthread_mutex_unlock(&locks[id]); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, (void *)0); pthread_create(&b, 0, w, (void *)1); pthread_join(a, 0); pthread_join(b, 0); return shared; }
