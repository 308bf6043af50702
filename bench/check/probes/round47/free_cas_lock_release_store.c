/* TRUTH: free — lock word taken with __sync_val_compare_and_swap and released with __atomic_store_n(RELEASE); every access to the lock word is atomic and shared_seq is only touched while holding it */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

int lockword;
int shared_seq[4];
int nseq;

static void lk(void) { while (__sync_val_compare_and_swap(&lockword, 0, 1) != 0) ; }
static void ulk(void) { __atomic_store_n(&lockword, 0, __ATOMIC_RELEASE); }

void *app(void *arg) {
  lk();
  if (nseq < 4) shared_seq[nseq++] = 1;
  ulk();
  return 0;
}

int main(void) {
  pthread_t a, b, c;
  pthread_create(&a, 0, app, 0);
  pthread_create(&b, 0, app, 0);
  pthread_create(&c, 0, app, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  pthread_join(c, 0);
  if (nseq != 3) reach_error();
  return 0;
}
