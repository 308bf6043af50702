/* TRUTH: free — each thread reads the shared input (written before create) and writes only its own partial[id]; main combines after joins */
#include <pthread.h>
#include <stdlib.h>
#define T 4
#define LEN 16
extern int __VERIFIER_nondet_int(void);
int input[LEN];
long partial[T];
struct range { int id, lo, hi; };

void *sum(void *arg)
{
  struct range *r = arg;
  long s = 0;
  for (int i = r->lo; i < r->hi; i++)
    s += input[i];
  partial[r->id] = s;
  return NULL;
}

int main(void)
{
  pthread_t th[T];
  struct range rg[T];
  for (int i = 0; i < LEN; i++)
    input[i] = __VERIFIER_nondet_int() % 100;
  for (int i = 0; i < T; i++) {
    rg[i].id = i;
    rg[i].lo = i * (LEN / T);
    rg[i].hi = (i + 1) * (LEN / T);
    pthread_create(&th[i], NULL, sum, &rg[i]);
  }
  long total = 0;
  for (int i = 0; i < T; i++) {
    pthread_join(th[i], NULL);
    total += partial[i];
  }
  return total == 0;
}
