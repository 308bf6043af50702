/* TRUTH: free — main writes greeting before creating the readers and never again; readers only read it */
#include <pthread.h>
#include <string.h>
static char greeting[32];
static void *reader(void *p) { (void)p; return (void *)strlen(greeting); }
int main(void) {
  strcpy(greeting, "hello there");
  pthread_t a, b;
  pthread_create(&a, 0, reader, 0); pthread_create(&b, 0, reader, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return 0;
}
