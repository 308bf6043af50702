/* TRUTH: free — lock acquired with __sync_bool_compare_and_swap (full barrier), released with __sync_lock_release (release); 'shared_val' only inside */
#include <pthread.h>

int lk;
int shared_val;

static void lock(void) { while (!__sync_bool_compare_and_swap(&lk, 0, 1)) {} }
static void unlock(void) { __sync_lock_release(&lk); }

void *worker(void *arg) {
  lock();
  shared_val += 2;
  unlock();
  return 0;
}

int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++)
    pthread_create(&t[i], 0, worker, 0);
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], 0);
  return shared_val;
}
