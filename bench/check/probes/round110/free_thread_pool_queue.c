/* TRUTH: free — fixed thread pool: tasks popped under the queue mutex; each task index is handed out once, so results[i] is written by one worker */
#include <pthread.h>
#include <stdio.h>
#define NTASKS 16
#define NWORKERS 3

pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
int next_task;
int input[NTASKS], results[NTASKS];

static int pop_task(void) {
  pthread_mutex_lock(&qlock);
  int t = next_task < NTASKS ? next_task++ : -1;
  pthread_mutex_unlock(&qlock);
  return t;
}

static void *worker(void *arg) {
  (void)arg;
  for (;;) {
    int t = pop_task();
    if (t < 0) break;
    results[t] = input[t] * input[t];
  }
  return NULL;
}

int main(void) {
  pthread_t pool[NWORKERS];
  for (int i = 0; i < NTASKS; i++) input[i] = i + 1;
  for (int i = 0; i < NWORKERS; i++) pthread_create(&pool[i], NULL, worker, NULL);
  for (int i = 0; i < NWORKERS; i++) pthread_join(pool[i], NULL);
  long s = 0;
  for (int i = 0; i < NTASKS; i++) s += results[i];
  printf("%ld\n", s);
  return 0;
}
