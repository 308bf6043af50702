// The second name: an asm label that names main.c's counter.
extern int count_alias __asm__("counter");

void bump(void)
{
    count_alias++; // RACE
}
