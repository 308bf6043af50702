/* TRUTH: free — the task array, next index and results are only accessed under qm; each task index is handed out exactly once */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
#define TASKS 8
#define WORKERS 3
int tasks[TASKS];
int results[TASKS];
int next_task;
pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;

static int grab(void)
{
  int i = -1;
  pthread_mutex_lock(&qm);
  if (next_task < TASKS)
    i = next_task++;
  pthread_mutex_unlock(&qm);
  return i;
}

void *worker(void *arg)
{
  for (;;) {
    int i = grab();
    if (i < 0)
      break;
    pthread_mutex_lock(&qm);
    results[i] = tasks[i] * 2;
    pthread_mutex_unlock(&qm);
  }
  return NULL;
}

int main(void)
{
  pthread_t w[WORKERS];
  for (int i = 0; i < TASKS; i++)
    tasks[i] = __VERIFIER_nondet_int();
  for (int i = 0; i < WORKERS; i++)
    pthread_create(&w[i], NULL, worker, NULL);
  for (int i = 0; i < WORKERS; i++)
    pthread_join(w[i], NULL);
  return results[0] != tasks[0] * 2;
}
