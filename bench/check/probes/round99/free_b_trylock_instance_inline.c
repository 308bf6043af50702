/* TRUTH: free — twin of trylock_instance_helper with the exit written in place */
#include <pthread.h>
static pthread_mutex_t instance = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void *worker(void *a) {
  (void)a;
  /* another instance is running: quit */
  if (pthread_mutex_trylock(&instance) != 0)
    pthread_exit(0);
  shared = 1;
  pthread_mutex_unlock(&instance);
  return 0;
}
static void *observer(void *a) { (void)a; return (void *)(long)shared; }
int main(void) {
  pthread_t t, o;
  pthread_mutex_lock(&instance);
  pthread_create(&t, 0, worker, 0);
  pthread_create(&o, 0, observer, 0);
  pthread_join(t, 0);
  pthread_join(o, 0);
  pthread_mutex_unlock(&instance);
  return 0;
}
