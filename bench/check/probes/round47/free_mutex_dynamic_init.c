/* TRUTH: free — mutex initialized with pthread_mutex_init before threads start; every access to pending is inside it */
#include <pthread.h>
#include <stdlib.h>
extern void abort(void);
void reach_error(void) { abort(); }

pthread_mutex_t *mp;
int pending;

void *submit(void *arg) {
  pthread_mutex_lock(mp);
  pending++;
  pthread_mutex_unlock(mp);
  return 0;
}

void *complete(void *arg) {
  pthread_mutex_lock(mp);
  if (pending > 0) pending--;
  pthread_mutex_unlock(mp);
  return 0;
}

int main(void) {
  pthread_t a, b, c;
  mp = malloc(sizeof(pthread_mutex_t));
  if (!mp) return 0;
  pthread_mutex_init(mp, NULL);
  pthread_create(&a, 0, submit, 0);
  pthread_create(&b, 0, submit, 0);
  pthread_create(&c, 0, complete, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  pthread_join(c, 0);
  if (pending < 1) reach_error();
  pthread_mutex_destroy(mp);
  free(mp);
  return 0;
}
