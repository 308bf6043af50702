/* TRUTH: free — memset covers only s.a (sizeof s.a bytes); the other thread writes s.b */
#include <pthread.h>
#include <string.h>
struct S { int a[4]; int b; } s;
void *wa(void *x){ memset(&s.a, 0, sizeof s.a); return 0; }
void *wb(void *x){ s.b = 7; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return s.b;
}
