/* TRUTH: racy. slot[0] and slot[1] point to the SAME node; thread k updates
   slot[k]->hits under lock[k]: different locks, same memory. */
#include <pthread.h>
#include <stdlib.h>
struct node { int hits; };
struct node *slot[2];
pthread_mutex_t lock[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
void *worker(void *arg) {
  long k = (long)arg;
  pthread_mutex_lock(&lock[k]);
  slot[k]->hits++;
  pthread_mutex_unlock(&lock[k]);
  return NULL;
}
int main(void) {
  struct node *n = calloc(1, sizeof *n);
  slot[0] = n;
  slot[1] = n;
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return 0;
}
