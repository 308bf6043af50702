/* TRUTH: free — only the main thread may touch 'shared': the worker is never the main thread, so leave_if ends it first */
#include <pthread.h>
static pthread_t main_tid;
static int shared;
static void leave_if(int c) { if (c) pthread_exit(0); }
static void touch(void) {
  leave_if(!pthread_equal(pthread_self(), main_tid));
  shared++;
}
static void *worker(void *a) { (void)a; touch(); return 0; }
int main(void) {
  pthread_t t;
  main_tid = pthread_self();
  pthread_create(&t, 0, worker, 0);
  touch();
  pthread_join(t, 0);
  return 0;
}
