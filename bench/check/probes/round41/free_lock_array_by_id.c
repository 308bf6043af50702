/* TRUTH: free — thread id locks locks[id] and writes slot[id] (line 7); ids 0 and 1 touch distinct slots, each guarded; main reads after joins. */
#include <pthread.h>
pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
int slot[2];
void *w(void *a) {
  long id = (long)a; pthread_mutex_lock(&locks[id]);
  slot[id] += (int)id + 1;
  pthread_mutex_unlock(&locks[id]); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, (void *)0); pthread_create(&b, 0, w, (void *)1); pthread_join(a, 0); pthread_join(b, 0); return slot[0] + slot[1]; }
