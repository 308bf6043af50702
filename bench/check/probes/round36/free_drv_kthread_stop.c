/* TRUTH: free — the stop request is an _Atomic int (kthread_stop stores it with atomic_store, the kthread polls it with atomic_load: atomics never race); the kthread's plain writes of poll_count happen before main's read of poll_count because main pthread_joins the kthread first. */
#include <pthread.h>
#include <stdatomic.h>
#include <sched.h>
struct task { pthread_t th; _Atomic int should_stop; };
static struct task kt;
static int poll_count;
static int kthread_should_stop(void) { return atomic_load(&kt.should_stop); }
static void *poll_thread(void *a) {
  while (!kthread_should_stop()) { poll_count++; sched_yield(); }
  return 0;
}
static void kthread_stop(struct task *t) { atomic_store(&t->should_stop, 1); pthread_join(t->th, 0); }
int main(void) {
  pthread_create(&kt.th, 0, poll_thread, 0);
  sched_yield();
  kthread_stop(&kt);
  return poll_count;
}
