/* TRUTH: free — bit-fields a and b are separated by a plain int member, so they are separate memory locations */
#include <pthread.h>
struct F { unsigned a : 4; int mid; unsigned b : 4; } st;
void *w1(void *x){ st.a = 3; return 0; }
void *w2(void *x){ st.b = 5; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0);
  pthread_join(a,0); pthread_join(b,0);
  return st.a + st.b;
}
