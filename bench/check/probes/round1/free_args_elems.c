/* TRUTH: free. Two instances get &arr[0] and arr + 1: distinct elements. */
#include <pthread.h>
long arr[2];
void *bump(void *arg) { long *p = arg; *p += 1; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, bump, &arr[0]);
  pthread_create(&t2, NULL, bump, arr + 1);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return (int)(arr[0] + arr[1]);
}
