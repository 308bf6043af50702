/* TRUTH: racy — localeconv refills one static struct lconv on every call; two threads call it and read fields */
#include <pthread.h>
#include <locale.h>
void *w(void *x){ struct lconv *lc = localeconv(); return (void*)(long)lc->decimal_point[0]; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
