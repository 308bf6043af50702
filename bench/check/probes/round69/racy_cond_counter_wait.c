/* TRUTH: racy — main waits only for done >= 1, so it may read slot[1] while the second worker writes it */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int done, slot[2];
void *w(void *a) {
  long id = (long)a;
  slot[id] = (int)id + 1;
  pthread_mutex_lock(&m);
  done++;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i], 0, w, (void *)i);
  pthread_mutex_lock(&m);
  while (done < 1) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  printf("%d %d\n", slot[0], slot[1]);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  return 0;
}
