/* TRUTH: free. Both threads strcat into buf under m; main reads after joins. */
#include <pthread.h>
#include <string.h>
static char buf[64];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *ap(void *v) { (void)v; pthread_mutex_lock(&m); strcat(buf, "ab"); pthread_mutex_unlock(&m); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, ap, NULL);
  pthread_create(&t2, NULL, ap, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return (int)strlen(buf);
}
