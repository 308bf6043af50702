/* TRUTH: free. main raises g with saturating steps (at most 10) before starting the
   workers; workers only read g, so the `g > 50` branch with the unlocked write is dead. */
#include <pthread.h>
int g;
int hits;
void *worker(void *arg) {
  if (g > 50) hits++;
  return NULL;
}
int main(void) {
  for (int i = 0; i < 20; i++) if (g < 10) g++;
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hits;
}
