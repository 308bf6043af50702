/* TRUTH: free — hand-made condvar barrier (arrived/generation under bm); cell[] writes before the barrier, reads after */
#include <pthread.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_46_generation_barrier.c", 5, "reach_error"); }
#define N 3
pthread_mutex_t bm = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t bc = PTHREAD_COND_INITIALIZER;
int arrived, generation;
int cell[N];

static void barrier(void) {
  pthread_mutex_lock(&bm);
  int gen = generation;
  if (++arrived == N) {
    arrived = 0;
    generation++;
    pthread_cond_broadcast(&bc);
  } else {
    while (gen == generation) pthread_cond_wait(&bc, &bm);
  }
  pthread_mutex_unlock(&bm);
}

void *stepper(void *arg) {
  int id = (int)(intptr_t)arg;
  cell[id] = id + 1;
  barrier();
  int s = 0;
  for (int i = 0; i < N; i++) s += cell[i];
  if (s != 6) reach_error();
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, stepper, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return 0;
}
