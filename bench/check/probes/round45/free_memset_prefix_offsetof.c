/* TRUTH: free — memset clears only the bytes before member b (offsetof), the other thread writes b */
#include <pthread.h>
#include <string.h>
#include <stddef.h>
struct S { int a; int c; int b; } s;
void *wa(void *x){ memset(&s, 0, offsetof(struct S, b)); return 0; }
void *wb(void *x){ s.b = 4; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return s.b;
}
