/* race-free: two thread functions write arr[0] and arr[1] respectively; main reads after joins */
#include <pthread.h>
#include <assert.h>
int arr[2];
void *f0(void *p) { (void)p; for (int i = 0; i < 10; i++) arr[0] += i; return NULL; }
void *f1(void *p) { (void)p; for (int i = 0; i < 10; i++) arr[1] -= i; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, f0, NULL);
  pthread_create(&b, NULL, f1, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(arr[0] + arr[1] == 0);
  return 0;
}
