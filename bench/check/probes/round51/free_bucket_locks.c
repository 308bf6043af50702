/* TRUTH: free — bucket[i] is always accessed while holding lock[i] for the same index i (index chosen nondeterministically) */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
#define B 4
pthread_mutex_t lock[B];
int bucket[B];

void *insert(void *arg)
{
  for (int k = 0; k < 3; k++) {
    int h = __VERIFIER_nondet_int();
    if (h < 0)
      h = -h;
    int i = h % B;
    if (i < 0)
      continue;
    pthread_mutex_lock(&lock[i]);
    bucket[i]++;
    pthread_mutex_unlock(&lock[i]);
  }
  return 0;
}

int main(void)
{
  pthread_t a, b;
  for (int i = 0; i < B; i++)
    pthread_mutex_init(&lock[i], 0);
  pthread_create(&a, 0, insert, 0);
  pthread_create(&b, 0, insert, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
