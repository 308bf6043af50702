/* TRUTH: racy — my_work adds to wq.done and decrements wq.n after dropping wq.lock (the unlock moved above the loop): its wq.n read/write in the worker thread races with my_isr's wq.n++ under the lock in the ISR thread. */
#include <pthread.h>
struct work_struct { void (*func)(struct work_struct *); };
struct wq { pthread_mutex_t lock; int items[4]; int n; int pending; int done; struct work_struct work; };
static struct wq wq;
static void my_work(struct work_struct *w) {
  pthread_mutex_lock(&wq.lock);
  pthread_mutex_unlock(&wq.lock);
  while (wq.n > 0) { wq.n--; wq.done += wq.items[wq.n]; }
  wq.pending = 0;
}
static void schedule_work(struct work_struct *w) { wq.pending = 1; }
static void my_isr(void) {
  pthread_mutex_lock(&wq.lock);
  if (wq.n < 4) wq.items[wq.n++] = 7;
  schedule_work(&wq.work);
  pthread_mutex_unlock(&wq.lock);
}
static void *isr_thread(void *a) { my_isr(); my_isr(); return 0; }
static void *worker_thread(void *a) { wq.work.func(&wq.work); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_mutex_init(&wq.lock, 0);
  wq.work.func = my_work;
  pthread_create(&t1, 0, isr_thread, 0);
  pthread_create(&t2, 0, worker_thread, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return wq.done;
}
