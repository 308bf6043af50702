/* TRUTH: racy. One element per thread (&args[i]), but every element points at the same
   global total, incremented without a lock. */
#include <pthread.h>
int total;
struct targ { int id; int *sum; } args[3];
void *worker(void *p) { struct targ *a = p; *a->sum += a->id; return NULL; }
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) { args[i].id = i; args[i].sum = &total; }
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, &args[i]);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return total;
}
