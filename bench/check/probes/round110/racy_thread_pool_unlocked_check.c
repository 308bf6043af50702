/* TRUTH: racy — workers test 'next_task < NTASKS' without the queue lock, racing with other workers' locked next_task++ */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#define NTASKS 16
#define NWORKERS 3

pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
int next_task;
int results[NTASKS + NWORKERS];

static void *worker(void *arg) {
  (void)arg;
  while (next_task < NTASKS) {
    pthread_mutex_lock(&qlock);
    int t = next_task++;
    pthread_mutex_unlock(&qlock);
    results[t] = t * t;
    usleep(50);
  }
  return NULL;
}

int main(void) {
  pthread_t pool[NWORKERS];
  for (int i = 0; i < NWORKERS; i++) pthread_create(&pool[i], NULL, worker, NULL);
  for (int i = 0; i < NWORKERS; i++) pthread_join(pool[i], NULL);
  long s = 0;
  for (int i = 0; i < NTASKS; i++) s += results[i];
  printf("%ld\n", s);
  return 0;
}
