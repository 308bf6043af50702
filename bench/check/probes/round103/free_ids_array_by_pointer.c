/* TRUTH: free — each thread gets &ids[i] (a distinct, never-modified slot) and writes only out[ids[i]] */
#include <pthread.h>
#define N 3

int out[N];

void *run(void *arg) {
  int id = *(int *)arg;
  out[id] = id * id;
  return 0;
}

int main(void) {
  pthread_t t[N];
  int ids[N];
  for (int i = 0; i < N; i++) {
    ids[i] = i;
    pthread_create(&t[i], 0, run, &ids[i]);
  }
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  return out[0] + out[1] + out[2];
}
