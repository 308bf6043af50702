/* TRUTH: racy — the thread sorts (comparator does calls++) before sem_wait, concurrently with main's calls = 100 */
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
int calls; sem_t s;
static int cmp(const void *a, const void *b) {
  calls++;
  return *(const int *)a - *(const int *)b;
}
void *t(void *a) {
  int arr[3] = { 3, 1, 2 };
  qsort(arr, 3, sizeof arr[0], cmp);
  sem_wait(&s);
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  calls = 100;
  sem_post(&s);
  pthread_join(th, 0);
  return calls;
}
