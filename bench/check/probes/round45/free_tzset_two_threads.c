/* TRUTH: free — tzset is thread-safe (not in POSIX's non-thread-safe list; glibc serialises it with tzset_lock) */
#include <pthread.h>
#include <time.h>
void *w(void *x){ tzset(); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
