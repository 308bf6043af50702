/* TRUTH: racy — main sums tasks[i].sum before the join loop (loops swapped): its read of tasks[i].sum races with summer i's `t->sum = s` (tasks is main's local, handed out as `tasks + i`). */
#include <pthread.h>
#include <stdlib.h>
#define T 4
#define LEN 64
void reach_error(void) { abort(); }
int data[LEN];
struct task { int lo, hi; long sum; };
static void *summer(void *arg) {
  struct task *t = arg;
  long s = 0;
  for (int i = t->lo; i < t->hi; i++) s += data[i];
  t->sum = s;
  return NULL;
}
int main(void) {
  pthread_t th[T];
  struct task tasks[T];
  for (int i = 0; i < LEN; i++) data[i] = i;
  for (int i = 0; i < T; i++) {
    tasks[i].lo = i * (LEN / T);
    tasks[i].hi = (i + 1) * (LEN / T);
    tasks[i].sum = 0;
  }
  for (int i = 0; i < T; i++) pthread_create(&th[i], NULL, summer, tasks + i);
  long total = 0;
  for (int i = 0; i < T; i++) total += tasks[i].sum;
  for (int i = 0; i < T; i++) pthread_join(th[i], NULL);
  if (total != LEN * (LEN - 1) / 2) reach_error();
  return 0;
}
