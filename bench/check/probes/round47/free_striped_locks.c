/* TRUTH: free — bucket b is always accessed while holding locks[b]; the index used for the lock and for the bucket is the same expression */
#include <pthread.h>
#include <stdint.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }
#define NBK 4

int buckets[NBK];
pthread_mutex_t locks[NBK];

static void bump(int key) {
  int b = (key & 0x7fffffff) % NBK;
  pthread_mutex_lock(&locks[b]);
  buckets[b]++;
  pthread_mutex_unlock(&locks[b]);
}

void *w(void *arg) {
  int i;
  for (i = 0; i < 3; i++) bump(__VERIFIER_nondet_int());
  return 0;
}

int main(void) {
  pthread_t t[3];
  int i, s = 0;
  for (i = 0; i < NBK; i++) pthread_mutex_init(&locks[i], 0);
  for (i = 0; i < 3; i++) pthread_create(&t[i], 0, w, 0);
  for (i = 0; i < 3; i++) pthread_join(t[i], 0);
  for (i = 0; i < NBK; i++) s += buckets[i];
  if (s != 9) reach_error();
  return 0;
}
