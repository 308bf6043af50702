/* TRUTH: racy — the four workers created in the loop all do total += id on the global total with no lock */
#include <pthread.h>
#define N 4
int total;
void *add(void *p) { total += (int)(long)p; return 0; }
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, add, (void *)(long)i);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return total;
}
