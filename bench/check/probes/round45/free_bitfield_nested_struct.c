/* TRUTH: free — bit-field in a nested struct and a bit-field outside it are separate memory locations (C11 3.14 note) */
#include <pthread.h>
struct F { struct { unsigned a : 4; } in; unsigned b : 4; } st;
void *w1(void *x){ st.in.a = 3; return 0; }
void *w2(void *x){ st.b = 5; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0);
  pthread_join(a,0); pthread_join(b,0);
  return st.in.a + st.b;
}
