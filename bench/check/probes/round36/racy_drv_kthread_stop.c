/* TRUTH: racy — the stop flag kt.should_stop is a plain int: main's write kt.should_stop = 1 in kthread_stop races with the kthread's plain read of it in kthread_should_stop (poll loop), no lock or atomic orders them. */
#include <pthread.h>
#include <sched.h>
struct task { pthread_t th; int should_stop; };
static struct task kt;
static int poll_count;
static int kthread_should_stop(void) { return kt.should_stop; }
static void *poll_thread(void *a) {
  while (!kthread_should_stop()) { poll_count++; sched_yield(); }
  return 0;
}
static void kthread_stop(struct task *t) { t->should_stop = 1; pthread_join(t->th, 0); }
int main(void) {
  pthread_create(&kt.th, 0, poll_thread, 0);
  sched_yield();
  kthread_stop(&kt);
  return poll_count;
}
