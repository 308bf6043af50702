/* TRUTH: racy — each thread locks its own mutex locks[id] before writing the single shared 'total' */
#include <pthread.h>
#define N 2

pthread_mutex_t locks[N];
int total;

void *adder(void *arg) {
  int id = *(int *)arg;
  pthread_mutex_lock(&locks[id]);
  total += id + 1;
  pthread_mutex_unlock(&locks[id]);
  return 0;
}

int main(void) {
  pthread_t t[N];
  int ids[N];
  for (int i = 0; i < N; i++) {
    pthread_mutex_init(&locks[i], 0);
    ids[i] = i;
  }
  for (int i = 0; i < N; i++)
    pthread_create(&t[i], 0, adder, &ids[i]);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  return total == 3 ? 0 : 1;
}
