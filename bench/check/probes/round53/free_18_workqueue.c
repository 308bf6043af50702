/* TRUTH: free — queue head/items are under qlock; each item's result is written by the single worker that dequeued it; main reads after joins */
#include <pthread.h>
#include <stdlib.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_18_workqueue.c", 5, "reach_error"); }
#define ITEMS 6
#define WORKERS 3
struct item { int input; int result; };
struct item items[ITEMS];
int next_item;
pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;

static struct item *dequeue(void) {
  struct item *it = NULL;
  pthread_mutex_lock(&qlock);
  if (next_item < ITEMS) {
    it = &items[next_item];
    next_item++;
  }
  pthread_mutex_unlock(&qlock);
  return it;
}

void *worker(void *arg) {
  struct item *it;
  while ((it = dequeue()) != NULL)
    it->result = it->input + 1;
  return NULL;
}

int main(void) {
  pthread_t w[WORKERS];
  for (int i = 0; i < ITEMS; i++) items[i].input = i;
  for (int i = 0; i < WORKERS; i++) pthread_create(&w[i], NULL, worker, NULL);
  for (int i = 0; i < WORKERS; i++) pthread_join(w[i], NULL);
  for (int i = 0; i < ITEMS; i++)
    if (items[i].result != i + 1) reach_error();
  return 0;
}
