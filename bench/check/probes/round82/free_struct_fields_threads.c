/* TRUTH: free — thread 1 writes st.a, thread 2 writes st.b (distinct non-bit-field members), via pointer arg */
#include <pthread.h>
#include <stdio.h>
struct st { int a; char pad; int b; } st;
void *t1(void *p) { struct st *s = p; for (int i = 0; i < 100; i++) s->a++; return 0; }
void *t2(void *p) { struct st *s = p; for (int i = 0; i < 100; i++) s->b++; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, &st); pthread_create(&b, 0, t2, &st);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d %d\n", st.a, st.b); return 0;
}
