/* racy: f1 mistakenly updates arr[0] too, concurrently with f0 */
#include <pthread.h>
#include <assert.h>
int arr[2];
void *f0(void *p) { (void)p; for (int i = 0; i < 10; i++) arr[0] += i; return NULL; }
void *f1(void *p) { (void)p; for (int i = 0; i < 10; i++) arr[0] -= i; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, f0, NULL);
  pthread_create(&b, NULL, f1, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return arr[0];
}
