/* TRUTH: free — thread id uses locks[id] but also touches only data[id]; main reads data[] after joining */
#include <pthread.h>
#define N 2

pthread_mutex_t locks[N];
int data[N];

void *adder(void *arg) {
  int id = *(int *)arg;
  pthread_mutex_lock(&locks[id]);
  data[id] += id + 1;
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
  return data[0] + data[1];
}
