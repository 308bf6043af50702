/* TRUTH: free — workers only touch served via __sync_fetch_and_add; main reads it plainly after joining all workers */
#include <pthread.h>
static int served;
static void *serve(void *a) { (void)a; for (int i = 0; i < 10; i++) __sync_fetch_and_add(&served, 1); return 0; }
int main(void) {
  pthread_t t[4];
  for (int i = 0; i < 4; i++) pthread_create(&t[i], 0, serve, 0);
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  return served != 40;
}
